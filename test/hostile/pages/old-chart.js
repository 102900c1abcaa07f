// Classic script: the partner's own chart, drawn with the global Chart.js 2 (UMD) the page loaded
// before our library. Static, so its pixels are there as soon as this script has run.
window.partnerChart = new window.Chart(document.getElementById('partner-chart'), {
  type: 'bar',
  data: {
    labels: ['Mon', 'Tue', 'Wed', 'Thu'],
    datasets: [{ label: 'Readers', data: [12, 19, 7, 15], backgroundColor: '#2a6ebb' }],
  },
  options: { animation: { duration: 0 }, responsive: false, legend: { display: false } },
});
