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

// Buttons with data-copy copy the value of the field with that id (a new access token) and say so.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copy'));
  field.select();
  if (navigator.clipboard) {
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.getAttribute('data-copied');
    });
  }
});

// File inputs with data-max-bytes: a file over the limit is refused here, next to the field,
// before minutes of upload on a slow connection, and the rest of the form stays as typed.
document.addEventListener('submit', function (event) {
  var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
  inputs.forEach(function (input) {
    var limit = Number(input.getAttribute('data-max-bytes'));
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > limit; });
    var feedback = document.getElementById(input.id + '-error');
    input.classList.toggle('is-invalid', tooLarge);
    if (feedback) {
      feedback.textContent = tooLarge ? input.getAttribute('data-too-large') : '';
    }
    if (tooLarge) {
      event.preventDefault();
      input.focus();
    }
  });
});
