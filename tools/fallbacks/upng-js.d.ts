// The part of UPNG.js (upng-js, which ships no types) that the image build uses.
declare module 'upng-js' {
  const UPNG: {
    /** Encodes RGBA frames as PNG; `colours` > 0 quantizes to that many (0: lossless). */
    encode(frames: ArrayBuffer[], width: number, height: number, colours: number): ArrayBuffer;
  };
  export default UPNG;
}
