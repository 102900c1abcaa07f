// pym.js ships no types; these cover the part of its Child we use.
declare module 'pym.js' {
  interface PymChild {
    sendHeight(): string;
  }
  const pym: { Child: new (options?: { polling?: number; id?: string }) => PymChild };
  export default pym;
}
