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

// Local drafts (docs/security.md, "Drafts on the device"). What is typed into a form that writes is
// kept in this browser's localStorage, so that a dropped connection or a closed tab loses nothing:
// the next visit to the form puts it back with a notice, and a submit that succeeded deletes it.
// localStorage stays on the device, unencrypted and outside the team's keys (an emergency
// destruction cannot reach it), so nothing sensitive is kept by default: no password or file
// field, no hidden field, no form with a password field, no form or field marked data-no-draft (the
// sign-in, account and administrator forms of people's accounts, interlocutors and their real
// names, requests for personal data), no field named in its form's data-no-draft-fields (the names
// and places of a round), no form of a strictly confidential record (data-no-draft set by the
// template). Drafts are kept per account, deleted at sign-out and after seven days.
// A submit while the browser knows it is offline is not sent: what was typed stays, with a message.
(function () {
  var body = document.body;
  var user = body.getAttribute('data-draft-user');
  var prefix = 'parley-draft:' + user + ':';
  var pendingKey = 'parley-draft-pending';
  var maxAge = 7 * 24 * 3600 * 1000;
  var storage = null;
  try {
    storage = window.localStorage;
  } catch (ignored) {
    storage = null; // storage refused by the browser's settings: no drafts, nothing else changes
  }

  function eligible(form) {
    return user && storage && (form.getAttribute('method') || '').toLowerCase() === 'post'
      && !form.closest('[data-no-draft]') && !form.hasAttribute('hx-post')
      && !form.querySelector('input[type=password]');
  }

  // The draft's key: the form's action and its hidden fields that name what it writes (the step of
  // the answers), not the page's address, which changes when the server shows the form again with
  // its errors at the address it was posted to. The CSRF token and the versions change: left out.
  function target(form) {
    // Not form.action: a button named "action" (save or complete a step) hides it.
    return new URL(form.getAttribute('action') || location.href, location.href).pathname;
  }

  function keyOf(form) {
    var parts = [target(form)];
    form.querySelectorAll('input[type=hidden][name]').forEach(function (field) {
      if (!/^(_csrf|version|baseVersion)$/.test(field.name) && !/[.[]/.test(field.name)) {
        parts.push(field.name + '=' + field.value);
      }
    });
    return prefix + parts.join('&');
  }

  function kept(form, field) {
    var skipped = (form.getAttribute('data-no-draft-fields') || '').split(/\s+/);
    return field.name && !field.disabled && !field.closest('[data-no-draft]')
      && !/^(password|file|hidden|submit|button|reset|image)$/.test(field.type)
      && field.autocomplete !== 'one-time-code' && skipped.indexOf(field.name) < 0;
  }

  // What the form holds, field by field: a field by its name and rank among fields of that name,
  // a check box by its name and value.
  function snapshot(form) {
    var ranks = {};
    var values = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!kept(form, field)) {
        return;
      }
      if (field.type === 'checkbox' || field.type === 'radio') {
        values.push([field.name + '=' + field.value, field.checked]);
      } else if (field.type === 'select-multiple') {
        values.push([field.name + '*', Array.prototype.filter.call(field.options, function (option) {
          return option.selected;
        }).map(function (option) { return option.value; })]);
      } else {
        ranks[field.name] = (ranks[field.name] || 0) + 1;
        values.push([field.name + '#' + ranks[field.name], field.value]);
      }
    });
    return values;
  }

  function apply(form, values) {
    var byId = {};
    values.forEach(function (entry) { byId[entry[0]] = entry[1]; });
    var ranks = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!kept(form, field)) {
        return;
      }
      if (field.type === 'checkbox' || field.type === 'radio') {
        var id = field.name + '=' + field.value;
        if (id in byId) {
          field.checked = byId[id];
        }
      } else if (field.type === 'select-multiple') {
        if ((field.name + '*') in byId) {
          Array.prototype.forEach.call(field.options, function (option) {
            option.selected = byId[field.name + '*'].indexOf(option.value) >= 0;
          });
        }
      } else {
        ranks[field.name] = (ranks[field.name] || 0) + 1;
        var at = field.name + '#' + ranks[field.name];
        if (at in byId) {
          field.value = byId[at];
        }
      }
      if (field.matches('select[data-shows-when]')) {
        parleyShowWhen(field);
      }
    });
  }

  function read(key) {
    try {
      return JSON.parse(storage.getItem(key));
    } catch (ignored) {
      return null;
    }
  }

  function message(form, kind, text, discard) {
    var old = form.parentNode.querySelector('.draft-' + kind);
    if (old) {
      old.remove();
    }
    var note = document.createElement('div');
    note.className = 'alert small d-flex flex-wrap align-items-center gap-2 draft-' + kind
      + (kind === 'offline' ? ' alert-warning' : ' alert-info');
    note.setAttribute('role', kind === 'offline' ? 'alert' : 'status');
    var span = document.createElement('span');
    span.textContent = text;
    note.appendChild(span);
    if (discard) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-sm btn-outline-secondary discard-draft';
      button.textContent = body.getAttribute('data-draft-discard');
      button.addEventListener('click', function () {
        discard();
        note.remove();
      });
      note.appendChild(button);
    }
    form.parentNode.insertBefore(note, form);
    return note;
  }

  function forget(match) {
    for (var i = storage.length - 1; i >= 0; i--) {
      var key = storage.key(i);
      if (key && match(key)) {
        storage.removeItem(key);
      }
    }
  }

  function save(form) {
    var key = keyOf(form);
    var values = snapshot(form);
    if (JSON.stringify(values) === form.parleyOriginal) {
      storage.removeItem(key);
      return;
    }
    try {
      storage.setItem(key, JSON.stringify({ saved: Date.now(), values: values }));
    } catch (full) {
      storage.removeItem(key); // quota reached: no draft rather than half of one
    }
  }

  // Did the page before this one send a form? It succeeded when the server redirected (Post,
  // Redirect, Get) or showed a success message, and shows no error: its draft goes. Otherwise (a
  // refusal, an error page, the back button after a failed send) the draft stays, and a form the
  // server shows again with what was typed is not filled in a second time.
  var shownAgain = null;
  function settlePending() {
    var pending = window.sessionStorage.getItem(pendingKey);
    if (!pending) {
      return;
    }
    window.sessionStorage.removeItem(pendingKey);
    var navigation = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
    var errors = document.querySelector('main > .alert-danger, main > .alert-warning, form .alert-danger, .is-invalid, #step-error, .check-error');
    var succeeded = navigation && navigation.type === 'navigate' && !errors
      && !/\/login$/.test(location.pathname)
      && (navigation.redirectCount > 0 || document.querySelector('main > .alert-success'));
    if (succeeded) {
      storage.removeItem(pending);
    } else if (errors) {
      shownAgain = pending;
    }
  }

  if (user && storage) {
    var now = Date.now();
    forget(function (key) {
      if (key.indexOf('parley-draft:') !== 0) {
        return false;
      }
      var record = read(key);
      return !record || !(now - record.saved < maxAge);
    });
    settlePending();
    // After the other scripts' listeners exist: DOMContentLoaded comes after deferred scripts.
    document.addEventListener('DOMContentLoaded', function () {
      document.querySelectorAll('form').forEach(function (form) {
        if (!eligible(form)) {
          return;
        }
        form.parleyOriginal = JSON.stringify(snapshot(form));
        var key = keyOf(form);
        var record = read(key);
        if (!record || key === shownAgain) {
          return;
        }
        if (JSON.stringify(record.values) === form.parleyOriginal) {
          storage.removeItem(key); // what the draft holds is what is saved
          return;
        }
        apply(form, record.values);
        form.dispatchEvent(new Event('input', { bubbles: true })); // leaving now warns (data-warn-unsaved)
        message(form, 'restored', body.getAttribute('data-draft-restored'), function () {
          storage.removeItem(key);
          apply(form, JSON.parse(form.parleyOriginal));
        });
      });
    });
    var timer = null;
    ['input', 'change'].forEach(function (type) {
      document.addEventListener(type, function (event) {
        var form = event.target.form;
        if (!form || !eligible(form) || !event.isTrusted || !kept(form, event.target)) {
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(function () { save(form); }, 400);
      });
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.getAttribute('method') || '').toLowerCase() !== 'post') {
      return;
    }
    var drafted = eligible(form);
    if (navigator.onLine === false) {
      event.preventDefault();
      if (drafted) {
        clearTimeout(timer);
        save(form);
      }
      message(form, 'offline', body.getAttribute(drafted ? 'data-draft-offline' : 'data-offline'), null);
      return;
    }
    if (/\/logout$/.test(target(form)) && user && storage) {
      forget(function (key) { return key.indexOf(prefix) === 0; });
    } else if (drafted) {
      clearTimeout(timer);
      save(form);
      window.sessionStorage.setItem(pendingKey, keyOf(form));
    }
  });
}());

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
    if (event.target === dirty && !event.defaultPrevented) {
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
