/**
 * The upload limit, on its own so the admin wizard can check a file before sending it and name the
 * same limit the server enforces: parse-upload.ts imports Node-only parsers, this file nothing.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / (1024 * 1024);
