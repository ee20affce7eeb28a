/** What the browser bundle gets for `node:fs`: the CLI's file reader is never called there. */
export const createReadStream = (): never => {
  throw new Error("no file system in the browser");
};
