/**
 * ZeroMQ's Z85 (rfc.zeromq.org/spec/32): how the build writes deflated data into a bundle's JavaScript (the pause's
 * language data, the scorer's learned tables). The build script, which cannot import TypeScript, repeats the alphabet.
 */
const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/** The first `length` bytes of Z85 text: every five characters are four bytes, big-endian. */
export function z85Decode(text: string, length: number): Uint8Array<ArrayBuffer> {
  if (text.length % 5 !== 0) throw new Error('Attune: not Z85');
  const bytes = new Uint8Array((text.length / 5) * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i += 5) {
    let value = 0;
    for (let k = 0; k < 5; k++) {
      const digit = Z85.indexOf(text.charAt(i + k));
      if (digit < 0) throw new Error('Attune: not Z85');
      value = value * 85 + digit;
    }
    view.setUint32((i / 5) * 4, value);
  }
  return bytes.subarray(0, length);
}
