// Parley's own script. No inline script anywhere: the Content-Security-Policy forbids it.
// Buttons with data-confirm ask before they submit (disabling an account, resetting a password).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
