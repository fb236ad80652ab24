/**
 * The whole script a page runs to install the service worker (dist/sw.js), inlined in every page of a
 * production build: no file to fetch, and no other JavaScript on pages without an island. `npm run bench`
 * prints its size.
 */
export const registerWorker =
  "if('serviceWorker'in navigator)addEventListener('load',()=>navigator.serviceWorker.register('/sw.js'))";
