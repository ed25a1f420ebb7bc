/**
 * An incident id as published: lowercase letters and digits in dash-separated groups (`puno-juliaca-2023-01-09`).
 * The schema checks the data with it and links check `?incident=` with it, so both agree on what an id is.
 * Kept out of schema.ts so that reading a link does not load the validator.
 */
export const INCIDENT_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
