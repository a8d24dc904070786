// A belt's navigation stands open where there is room for its groups and folds into its menu button on a phone.
// Without this script the menu button works everywhere (a plain <details>).
(function () {
  var menu = document.querySelector('.nav-menu');
  if (!menu) {
    return;
  }
  var wide = window.matchMedia('(min-width: 64rem)');
  function fit() {
    menu.open = wide.matches;
  }
  fit();
  wide.addEventListener('change', fit);
})();
