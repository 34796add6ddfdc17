/** tiny-inflate (MIT): inflates raw deflate data into `dest`, which must be large enough; returns the bytes written. */
declare module 'tiny-inflate' {
  export default function inflate(source: Uint8Array, dest: Uint8Array): Uint8Array;
}
