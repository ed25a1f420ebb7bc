/** Where the dataset's README is served: linked from the downloads, rendered in About. */
export const README_URL = 'data/README.md';
