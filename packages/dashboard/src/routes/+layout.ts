// A static site: every route is prerendered as a shell and everything is computed in the
// browser (the data never leaves it), so there is no server-side rendering.
export const prerender = true;
export const ssr = false;
