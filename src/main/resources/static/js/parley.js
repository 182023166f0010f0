// Parley's own script. No inline script anywhere: the Content-Security-Policy forbids it.
// Buttons with data-confirm ask before they submit (disabling an account, resetting a password).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

// Buttons with data-add-row="<selector>" add one more empty input to that container
// (another alias, another participant), copying the last input.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-add-row]');
  if (!button) {
    return;
  }
  var rows = document.querySelector(button.getAttribute('data-add-row'));
  var last = rows && rows.querySelector('input:last-of-type');
  if (last) {
    var copy = last.cloneNode(false);
    copy.value = '';
    copy.removeAttribute('id');
    rows.appendChild(copy);
    copy.focus();
  }
});
