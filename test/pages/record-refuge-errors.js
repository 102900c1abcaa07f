// Classic script, run before any module: records the code of every `refuge-error` on the page.
window.__refugeErrors = [];
window.addEventListener('refuge-error', (event) => window.__refugeErrors.push(event.detail.code));
