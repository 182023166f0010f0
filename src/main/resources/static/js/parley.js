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

// Buttons with data-add-rows="<selector>" add one more empty row of fields to that list (an
// actor, an objective, a member of the negotiating team), copying the last row and giving its
// fields the next index: actors[3].name.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-add-rows]');
  if (!button) {
    return;
  }
  var list = document.querySelector(button.getAttribute('data-add-rows'));
  var rows = list ? list.querySelectorAll('.repeat-row') : [];
  if (rows.length === 0) {
    return;
  }
  var index = rows.length;
  var copy = rows[rows.length - 1].cloneNode(true);
  copy.querySelectorAll('input, select, textarea').forEach(function (field) {
    ['name', 'id'].forEach(function (attribute) {
      var value = field.getAttribute(attribute);
      if (value) {
        field.setAttribute(attribute, value.replace(/\[\d+\]/, '[' + index + ']').replace(/^(\w+?)(\d+)(\.|$)/, '$1' + index + '$3'));
      }
    });
    if (field.type === 'checkbox' || field.type === 'radio') {
      field.checked = false;
    } else if (field.tagName === 'SELECT') {
      field.selectedIndex = 0;
    } else {
      field.value = ''; // hidden ones too: a copied row is a new one (a commitment's key)
    }
    field.classList.remove('is-invalid');
  });
  list.appendChild(copy);
  var first = copy.querySelector('input:not([type=hidden]), select, textarea');
  if (first) {
    first.focus();
  }
});

// A select with data-shows-when="VALUE:<selector>" shows that part of the form only for that
// value (the safety checklist for an in-person round). Without script, everything shows.
function parleyShowWhen(select) {
  var rule = select.getAttribute('data-shows-when').split(':');
  document.querySelectorAll(rule[1]).forEach(function (part) {
    part.hidden = select.value !== rule[0];
  });
}
document.addEventListener('change', function (event) {
  if (event.target.matches('select[data-shows-when]')) {
    parleyShowWhen(event.target);
  }
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-shows-when]').forEach(parleyShowWhen);
});

// Forms with data-warn-unsaved: leaving the page with typed but unsaved text asks first, so
// that a field officer does not lose notes from a meeting by clicking another step.
(function () {
  var dirty = null;
  document.addEventListener('input', function (event) {
    var form = event.target.closest('form[data-warn-unsaved]');
    if (form) {
      dirty = form;
    }
  });
  document.addEventListener('submit', function (event) {
    if (event.target === dirty) {
      dirty = null;
    }
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}());

// Form errors, for assistive technologies: every invalid field says so (aria-invalid) and
// points at its message (aria-describedby, the message given an id of its own when it has
// none), whichever template drew it; then the form's summary of errors (or, without one, the
// first invalid field) takes the focus, so that a screen reader reads what went wrong.
document.addEventListener('DOMContentLoaded', function () {
  var count = 0;
  document.querySelectorAll('.invalid-feedback').forEach(function (message) {
    if (!message.textContent.trim()) {
      return;
    }
    var box = message.parentElement;
    var fields = box ? box.querySelectorAll('input.is-invalid, select.is-invalid, textarea.is-invalid') : [];
    if (fields.length === 0 && box) {
      fields = box.querySelectorAll('input:not([type=hidden]), select, textarea');
    }
    if (!message.id) {
      do {
        count++;
        message.id = 'field-error-' + count;
      } while (document.querySelectorAll('[id="' + message.id + '"]').length > 1);
    }
    fields.forEach(function (field) {
      field.setAttribute('aria-invalid', 'true');
      var described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (described.indexOf(message.id) < 0) {
        described.push(message.id);
        field.setAttribute('aria-describedby', described.join(' '));
      }
    });
  });
  var summary = document.querySelector('.form-errors[role=alert]');
  var first = summary || document.querySelector('[aria-invalid=true]');
  if (first) {
    first.focus();
  }
});
