/**
 * The largest picture shown or carried into a single file (issue 22): a camera's full-size JPEG is
 * 10–25 MB and 24–60 megapixels; past these a picture is a mistake or an attack on the reader's memory
 * (a 100-megapixel picture decodes to 400 MB).
 */
export const MAX_PICTURE_BYTES = 32 * 1024 * 1024;
export const MAX_PICTURE_PIXELS = 100_000_000;
