import { PAGE_CACHE } from '../lib/offline-cache.ts';

/**
 * The whole script a page runs to install the service worker (dist/sw.js), inlined in every page of a
 * production build: no file to fetch, and no other JavaScript on pages without an island. `npm run bench`
 * prints its size. On a page the worker does not control yet (the first visit), the page and the files
 * it loaded were fetched before the worker ran: once it is ready they are kept, so this page opens
 * offline too.
 */
export const registerWorker =
  "if('serviceWorker'in navigator)addEventListener('load',()=>{const w=navigator.serviceWorker,first=!w.controller;" +
  "w.register('/sw.js');first&&w.ready.then(()=>caches.open('" +
  PAGE_CACHE +
  "')).then(c=>c.addAll([location.pathname,...performance.getEntriesByType('resource').map(e=>e.name)" +
  ".filter(u=>u.startsWith(location.origin+'/_astro/'))])).catch(()=>{})})";
