// Classic script, run before any module: records every customElements.define() call on the page,
// and whether it threw, so a test can see that each tag was defined exactly once, silently.
window.__defineCalls = [];
{
  const originalDefine = customElements.define;
  customElements.define = function (name, ...rest) {
    try {
      const result = originalDefine.call(this, name, ...rest);
      window.__defineCalls.push(name);
      return result;
    } catch (error) {
      window.__defineCalls.push(`${name} threw ${error && error.name}`);
      throw error;
    }
  };
}
