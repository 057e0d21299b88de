// Registers the service worker once the app has loaded, and tells the app when
// a new version is waiting. The app decides when to switch (never mid-session
// on its own): it dispatches "sdg-apply-update" when the person clicks Update.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', async () => {
    let registration;
    try {
      registration = await navigator.serviceWorker.register('/sw.js');
    } catch (e) {
      console.warn('service worker not registered', e);
      return;
    }
    // Some browsers (and policies that block service workers) resolve with nothing.
    if (!registration) return;
    const announce = () => {
      if (registration.waiting && navigator.serviceWorker.controller) {
        window.dispatchEvent(new CustomEvent('sdg-update-ready'));
      }
    };
    announce();
    registration.addEventListener('updatefound', () => {
      registration.installing?.addEventListener('statechange', announce);
    });
    window.addEventListener('sdg-apply-update', () => {
      registration.waiting?.postMessage('skip-waiting');
    });
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!reloading && window.__sdgUpdateRequested) {
        reloading = true;
        window.location.reload();
      }
    });
  });
}
