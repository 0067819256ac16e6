// @ts-check
// Paints the last screen's snapshot (renderer/src/app/screen-snapshot.ts) while the app's
// bundle is still loading. A classic script, run as the HTML is parsed and before the first
// paint; React's first render replaces what it puts in #root. Keys and checks mirror
// loadScreenSnapshot there (tests/unit/app/screen-snapshot.test.ts runs both together).
(function paintLastScreen() {
  try {
    var raw = localStorage.getItem('peyvand.screenSnapshot');
    if (!raw) return;
    var snapshot = JSON.parse(raw);
    // As screenRoute: no route means the home screen (HOME_ROUTE, where AppLayout redirects).
    var route = location.hash.replace(/^#/, '').split('?')[0];
    if (route === '' || route === '/') route = '/contacts';
    if (!snapshot || snapshot.v !== 1 || typeof snapshot.html !== 'string') return;
    // Another build's class names and markup would paint unstyled; no stylesheet (the dev server
    // injects CSS from JavaScript) would too.
    if (snapshot.build !== (document.documentElement.getAttribute('data-build') || '')) return;
    if (!document.querySelector('link[rel="stylesheet"]')) return;
    if (snapshot.route !== route || snapshot.prefs !== (localStorage.getItem('peyvand.preferences') || '')) return;
    var root = document.getElementById('root');
    if (!root || root.firstChild) return;
    if (snapshot.lang === 'fa' || snapshot.lang === 'en') document.documentElement.lang = snapshot.lang;
    if (snapshot.dir === 'rtl' || snapshot.dir === 'ltr') document.documentElement.dir = snapshot.dir;
    var picture = document.createElement('div');
    picture.setAttribute('data-screen-snapshot', route);
    picture.setAttribute('aria-hidden', 'true');
    picture.inert = true;
    picture.style.display = 'contents';
    picture.innerHTML = snapshot.html;
    root.appendChild(picture);
    // React replaces it within a second; should the app fail to start, no frozen picture stays.
    setTimeout(function () {
      if (picture.isConnected) picture.remove();
    }, 15000);
    // Scroll offsets, as restoreSnapshotScroll puts them back.
    var scrolled = picture.querySelectorAll('[data-snapshot-scroll]');
    for (var i = 0; i < scrolled.length; i++) {
      var offsets = (scrolled[i].getAttribute('data-snapshot-scroll') || '').split(',');
      scrolled[i].scrollLeft = Number(offsets[0]) || 0;
      scrolled[i].scrollTop = Number(offsets[1]) || 0;
    }
  } catch {
    // A broken or foreign snapshot only means no early picture.
  }
})();
