/*
 * The cluster's private page, in the browser: reads the JSON API with the
 * cluster's token (taken from the address, sent as a Bearer header) and fills
 * the frames that the server rendered. Plain JavaScript, no dependency, no
 * build step. Text only ever goes in through textContent: no innerHTML.
 * Under Node (the unit tests) it only exports its pure helpers.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- helpers

  /** `fill('Tour {n}', { n: 2 })` → `Tour 2` */
  function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(vars, key) ? String(vars[key]) : whole;
    });
  }

  function ordinal(strings, priority) {
    return strings.ordinals.split(',')[Number(priority) - 1] || String(priority);
  }

  // The forms of `pairReasons` in solver/pair-value.ts (ids have no spaces).
  // A reason of another form is shown as it is.
  var REASONS = [
    [/^required by the organiser$/, function (m, s) {
      return s.reasonOrganiser;
    }],
    [/^mutual request \((\S+): (\d+)\w* choice, (\S+): (\d+)\w* choice\)$/, function (m, s, name) {
      return fill(s.reasonMutual, { a: name(m[1]), pa: ordinal(s, m[2]), b: name(m[3]), pb: ordinal(s, m[4]) });
    }],
    [/^(\S+) asked to meet (\S+) \((\d+)\w* choice\)$/, function (m, s, name) {
      return fill(s.reasonAsked, { a: name(m[1]), b: name(m[2]), p: ordinal(s, m[3]) });
    }],
    [/^(\S+) offers (.+), (\S+) seeks it$/, function (m, s, name) {
      return fill(s.reasonMatch, { offerer: name(m[1]), term: m[2], seeker: name(m[3]) });
    }],
  ];

  /** A reason from the engine in the page's language, with names instead of ids. */
  function translateReason(reason, strings, name) {
    for (var i = 0; i < REASONS.length; i++) {
      var m = REASONS[i][0].exec(reason);
      if (m) return REASONS[i][1](m, strings, name);
    }
    return reason;
  }

  // The messages of src/app/submit-preferences.ts and of the event's time rules.
  var PROBLEMS = [
    [/^must not be empty$/, 'errChoose'],
    [/appears twice/, 'errDuplicate'],
    [/^a cluster cannot name itself$/, 'errSelf'],
    [/^unknown cluster /, 'errUnknown'],
    [/is also requested/, 'errAlsoRequested'],
    [/^the organiser requires a meeting/, 'errMustMeet'],
    [/^the organiser has fixed a meeting/, 'errLocked'],
    [/^must be 1 \(first choice\) to 5$|^must be a whole number$/, 'errPriority'],
    [/^"" is not a time/, 'errTime'],
    [/not after its start/, 'errOrder'],
  ];

  /** The API's message for a problem, in the page's language when it is a known one. */
  function translateProblem(message, strings) {
    var many = /^at most (\d+) partners/.exec(message);
    if (many) return fill(strings.errTooMany, { n: many[1] });
    for (var i = 0; i < PROBLEMS.length; i++) {
      if (PROBLEMS[i][0].test(message)) return strings[PROBLEMS[i][1]];
    }
    return message;
  }

  /** Which field a problem's path names: `requests[1].to` → `{ list: 'requests', index: 1, part: 'to' }`. */
  function locate(path) {
    var m = /^(requests|declines|availability)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(path);
    if (!m) return { list: null, index: null, part: null };
    return { list: m[1], index: m[2] === undefined ? null : Number(m[2]), part: m[3] || null };
  }

  /** `14:20` from `2015-09-10T14:20:00+02:00`: the schedule's times carry the event zone's offset. */
  function wallTime(iso) {
    return iso.slice(11, 16);
  }

  var helpers = { fill: fill, translateReason: translateReason, translateProblem: translateProblem, locate: locate, wallTime: wallTime };

  if (typeof module === 'object' && module.exports) {
    module.exports = helpers;
    return;
  }

  // ------------------------------------------------------------------- page

  var data = JSON.parse(document.getElementById('page-data').textContent);
  var s = data.strings;
  var token = new URLSearchParams(window.location.search).get('token') || '';
  var enc = encodeURIComponent;
  var eventPath = '/api/events/' + enc(data.eventId);
  var clusters = {};
  var tables = {};

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  /** Replaces a container's content; a container that was loading (`aria-busy`) is then ready. */
  function show(container, nodes) {
    container.replaceChildren.apply(container, nodes);
    if (container.hasAttribute('aria-busy')) container.setAttribute('aria-busy', 'false');
  }

  function note(text, cls) {
    return el('p', { class: cls || 'muted', text: text });
  }

  var announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  document.body.appendChild(announcer);
  function announce(text) {
    announcer.textContent = '';
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 50);
  }

  /** Calls the API; resolves to `{ status, body }`, `status` 0 when the server cannot be reached. */
  function api(path, options) {
    var init = options || {};
    var headers = { Accept: 'application/json', Authorization: 'Bearer ' + token };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(data.basePath + path, { method: init.method || 'GET', headers: headers, body: init.body, cache: 'no-store' })
      .then(function (res) {
        return res
          .json()
          .catch(function () {
            return null;
          })
          .then(function (body) {
            return { status: res.status, body: body };
          });
      })
      .catch(function () {
        return { status: 0, body: null };
      });
  }

  function failure(status) {
    return status === 0 ? s.networkError : status === 401 || status === 403 ? s.linkExpired : s.loadFailed;
  }

  function nameOf(id) {
    return clusters[id] ? clusters[id].name : id;
  }

  function tableLabel(id) {
    var name = tables[id] || id;
    return /^table|\s/i.test(name) ? name : fill(s.tableN, { t: name });
  }

  var dayFormat = new Intl.DateTimeFormat(data.intlLocale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  function dayLabel(date) {
    var text = dayFormat.format(new Date(date + 'T12:00:00Z'));
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // ------------------------------------------------------------ wish rows

  var wishList = $('wish-list');
  var addWish = $('add-wish');

  function wishRows() {
    return Array.prototype.slice.call(wishList.children);
  }

  function part(row, name) {
    return row.querySelector('[data-part="' + name + '"]');
  }

  function renumberWishes() {
    wishRows().forEach(function (row, i) {
      var n = i + 1;
      var base = 'wish-' + n;
      ['to', 'priority'].forEach(function (name) {
        var control = part(row, name);
        control.id = base + '-' + name;
        part(row, name + '-label').setAttribute('for', control.id);
        part(row, name + '-error').id = base + '-' + name + '-error';
        control.setAttribute('aria-describedby', base + '-' + name + '-error');
      });
      part(row, 'to-label').textContent = fill(s.partnerN, { n: n });
      part(row, 'remove').setAttribute('aria-label', fill(s.removePartnerN, { n: n }));
    });
    var full = wishRows().length >= data.maxRequests;
    addWish.disabled = full;
    renderSuggestionButtons();
  }

  function addWishRow(to, priority) {
    var row = $('wish-template').content.firstElementChild.cloneNode(true);
    var n = wishRows().length + 1;
    part(row, 'to').value = to || '';
    part(row, 'priority').value = String(priority || Math.min(n, 5));
    part(row, 'to').addEventListener('change', renderSuggestionButtons);
    part(row, 'remove').addEventListener('click', function () {
      var index = wishRows().indexOf(row);
      row.remove();
      renumberWishes();
      var rows = wishRows();
      (rows.length ? part(rows[Math.min(index, rows.length - 1)], 'to') : addWish).focus();
    });
    wishList.appendChild(row);
    renumberWishes();
    return row;
  }

  addWish.addEventListener('click', function () {
    if (wishRows().length < data.maxRequests) part(addWishRow(), 'to').focus();
  });

  function wishedIds() {
    return wishRows()
      .map(function (row) {
        return part(row, 'to').value;
      })
      .filter(Boolean);
  }

  // ------------------------------------------------------------- declines

  function declineBoxes() {
    return Array.prototype.slice.call(document.querySelectorAll('input[name="declines"]'));
  }

  function updateDeclineCount() {
    var n = declineBoxes().filter(function (box) {
      return box.checked;
    }).length;
    $('declines-count').textContent = n === 0 ? s.declinesNone : n === 1 ? s.declinesOne : fill(s.declinesMany, { n: n });
  }

  declineBoxes().forEach(function (box) {
    box.addEventListener('change', updateDeclineCount);
  });

  // ---------------------------------------------------------- availability

  function sessionBlocks() {
    return Array.prototype.slice.call(document.querySelectorAll('fieldset.session'));
  }

  function slotRows(block) {
    return Array.prototype.slice.call(block.querySelector('.slots').children);
  }

  function renumberSlots(block) {
    var si = sessionBlocks().indexOf(block);
    slotRows(block).forEach(function (row, i) {
      var base = 'slot-' + si + '-' + (i + 1);
      part(row, 'error').id = base + '-error';
      ['start', 'end'].forEach(function (name) {
        var input = part(row, name);
        input.id = base + '-' + name;
        input.min = block.dataset.start;
        input.max = block.dataset.end;
        input.setAttribute('aria-describedby', base + '-error');
        part(row, name + '-label').setAttribute('for', input.id);
      });
      part(row, 'remove').setAttribute('aria-label', fill(s.removeSlotN, { n: i + 1 }));
    });
  }

  function addSlot(block, start, end) {
    var row = $('slot-template').content.firstElementChild.cloneNode(true);
    part(row, 'start').value = start;
    part(row, 'end').value = end;
    part(row, 'remove').addEventListener('click', function () {
      row.remove();
      renumberSlots(block);
      block.querySelector('.add-slot').focus();
    });
    block.querySelector('.slots').appendChild(row);
    renumberSlots(block);
    return row;
  }

  sessionBlocks().forEach(function (block) {
    block.querySelector('.add-slot').addEventListener('click', function () {
      part(addSlot(block, block.dataset.start, block.dataset.end), 'start').focus();
    });
  });

  // --------------------------------------------------------- form contents

  function fillForm(view) {
    wishList.replaceChildren();
    view.requests.forEach(function (r) {
      addWishRow(r.to, r.priority);
    });
    if (view.requests.length === 0) addWishRow();
    renumberWishes();

    var declined = {};
    view.declines.forEach(function (id) {
      declined[id] = true;
    });
    declineBoxes().forEach(function (box) {
      box.checked = !!declined[box.value];
    });
    updateDeclineCount();

    sessionBlocks().forEach(function (block) {
      block.querySelector('.slots').replaceChildren();
      var d = block.dataset;
      var windows = view.availability
        ? view.availability.filter(function (w) {
            return w.date === d.date && w.start < d.end && w.end > d.start;
          })
        : [{ start: d.start, end: d.end }];
      windows.forEach(function (w) {
        addSlot(block, w.start, w.end);
      });
    });
  }

  /** The body to send, with the field behind each index so that errors can be placed. */
  function collect() {
    // A row left on "choose a cluster" is not a wish.
    var rows = wishRows().filter(function (row) {
      return part(row, 'to').value !== '';
    });
    var boxes = declineBoxes().filter(function (box) {
      return box.checked;
    });
    var slots = [];
    var availability = [];
    sessionBlocks().forEach(function (block) {
      slotRows(block).forEach(function (row) {
        slots.push(row);
        availability.push({ date: block.dataset.date, start: part(row, 'start').value, end: part(row, 'end').value });
      });
    });
    return {
      body: {
        requests: rows.map(function (row) {
          return { to: part(row, 'to').value, priority: Number(part(row, 'priority').value) };
        }),
        declines: boxes.map(function (box) {
          return box.value;
        }),
        availability: availability,
      },
      rows: rows,
      boxes: boxes,
      slots: slots,
    };
  }

  // ---------------------------------------------------------------- errors

  var form = $('wishes-form');
  var summary = $('form-errors');

  function clearErrors() {
    summary.hidden = true;
    summary.replaceChildren();
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (p) {
      p.hidden = true;
      p.textContent = '';
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (node) {
      node.removeAttribute('aria-invalid');
    });
  }

  function addError(target, control, message) {
    target.textContent = target.textContent ? target.textContent + ' ' + message : message;
    target.hidden = false;
    if (control) control.setAttribute('aria-invalid', 'true');
  }

  function labelOf(control) {
    var label = control && control.id ? form.querySelector('label[for="' + control.id + '"]') : null;
    return label ? label.textContent.trim() : '';
  }

  /** Puts each problem next to its field and lists them all at the top of the form. */
  function showErrors(problems, sent) {
    var items = problems.map(function (problem) {
      var message = translateProblem(problem.message, s);
      var at = locate(problem.path);
      var control = null;
      var target = null;
      var prefix = '';
      if (at.list === 'requests' && at.index !== null && sent.rows[at.index]) {
        var row = sent.rows[at.index];
        var name = at.part === 'priority' ? 'priority' : 'to';
        control = part(row, name);
        target = part(row, name + '-error');
      } else if (at.list === 'declines' && at.index !== null && sent.boxes[at.index]) {
        control = sent.boxes[at.index];
        target = $('declines-error');
        prefix = nameOf(control.value) + s.colon;
        $('declines-details').open = true;
      } else if (at.list === 'availability' && at.index !== null && sent.slots[at.index]) {
        var slot = sent.slots[at.index];
        control = part(slot, at.part === 'end' ? 'end' : 'start');
        target = part(slot, 'error');
      } else if (at.list) {
        target = $(at.list + '-error');
        control = null;
      }
      if (target) addError(target, control, prefix + message);
      var label = control ? labelOf(control) : '';
      var text = (label && !prefix ? label + s.colon : prefix) + message;
      var focusable = control || (target && target.closest('fieldset'));
      var link = el('a', { href: focusable && focusable.id ? '#' + focusable.id : '#wishes-form', text: text });
      link.addEventListener('click', function (event) {
        if (!focusable) return;
        event.preventDefault();
        if (focusable.tagName === 'FIELDSET') focusable.scrollIntoView();
        else focusable.focus();
      });
      return el('li', {}, [link]);
    });
    var heading = items.length === 1 ? s.errorsOne : fill(s.errorsMany, { n: items.length });
    show(summary, [el('p', { class: 'summary-title', text: heading }), el('ul', {}, items)]);
    summary.hidden = false;
    summary.focus();
  }

  // ----------------------------------------------------------- stored view

  var timeFormat = new Intl.DateTimeFormat(data.intlLocale, { dateStyle: 'long', timeStyle: 'short', timeZone: data.timezone });

  function renderStored(view) {
    var nodes = [];
    if (!view.submitted) nodes.push(note(view.requests.length ? s.notSubmitted + ' ' + s.prefilled : s.notSubmitted));
    else nodes.push(note(fill(s.savedAt, { date: timeFormat.format(new Date(view.submittedAt)) })));
    function entry(title, items) {
      var dd = items.length
        ? el(
            'dd',
            {},
            [el('ul', { class: 'plain' }, items.map(function (text) {
              return el('li', { text: text });
            }))],
          )
        : el('dd', { class: 'muted', text: s.storedNone });
      return el('div', {}, [el('dt', { text: title }), dd]);
    }
    var requests = view.requests.map(function (r) {
      return nameOf(r.to) + ' — ' + fill(s.priorityN, { n: r.priority });
    });
    var availability = view.availability
      ? view.availability.map(function (w) {
          return dayLabel(w.date) + ', ' + w.start + '–' + w.end;
        })
      : [s.storedWholeEvent];
    nodes.push(
      el('dl', { class: 'stored' }, [
        entry(s.storedRequests, requests),
        entry(s.storedDeclines, view.declines.map(nameOf)),
        entry(s.storedAvailability, availability),
      ]),
    );
    show($('stored-body'), nodes);
  }

  // ----------------------------------------------------------- suggestions

  function renderSuggestionButtons() {
    var wished = {};
    wishedIds().forEach(function (id) {
      wished[id] = true;
    });
    var full = wishRows().length >= data.maxRequests && wishRows().every(function (row) {
      return part(row, 'to').value !== '';
    });
    Array.prototype.forEach.call(document.querySelectorAll('button[data-suggest]'), function (button) {
      var id = button.getAttribute('data-suggest');
      var unavailable = wished[id] || full;
      // aria-disabled rather than disabled: the button keeps the keyboard focus.
      button.setAttribute('aria-disabled', unavailable ? 'true' : 'false');
      button.textContent = wished[id] ? s.inWishes : full ? s.wishesFull : s.addToWishes;
    });
  }

  function suggest(id) {
    if (wishedIds().indexOf(id) >= 0) return;
    var empty = wishRows().filter(function (row) {
      return part(row, 'to').value === '';
    })[0];
    if (empty) part(empty, 'to').value = id;
    else if (wishRows().length < data.maxRequests) addWishRow(id);
    else return;
    renderSuggestionButtons();
    announce(fill(s.addedToWishes, { name: nameOf(id) }));
  }

  function renderSuggestions(result) {
    var body = $('suggestions-body');
    if (result.status === 409) return show(body, [note(s.suggestionsBlocked)]);
    if (result.status !== 200) return show(body, [note(failure(result.status), 'notice')]);
    var list = result.body.suggestions;
    if (list.length === 0) return show(body, [note(s.noSuggestions)]);
    var items = list.map(function (suggestion, i) {
      var c = clusters[suggestion.clusterId] || {};
      var titleId = 'suggestion-' + (i + 1);
      var about = [c.sector, c.region].filter(Boolean).join(' · ');
      var button = el('button', { type: 'button', class: 'secondary', 'data-suggest': suggestion.clusterId, 'aria-describedby': titleId });
      button.addEventListener('click', function () {
        if (button.getAttribute('aria-disabled') !== 'true') suggest(suggestion.clusterId);
      });
      return el('li', { class: 'suggestion card' }, [
        el('div', { class: 'suggestion-head' }, [
          el('h3', { id: titleId, text: suggestion.name }),
          about ? el('p', { class: 'muted small', text: about }) : null,
        ]),
        el(
          'ul',
          { class: 'reasons' },
          suggestion.reasons.map(function (reason) {
            return el('li', { text: translateReason(reason, s, nameOf) });
          }),
        ),
        button,
      ]);
    });
    show(body, [el('ol', { class: 'suggestions' }, items)]);
    renderSuggestionButtons();
  }

  function loadSuggestions() {
    $('suggestions-body').setAttribute('aria-busy', 'true');
    return api(eventPath + '/suggestions').then(renderSuggestions);
  }

  // ---------------------------------------------------------------- agenda

  function clusterPath(suffix) {
    return eventPath + '/clusters/' + enc(data.clusterId) + suffix + '?token=' + enc(token) + (data.lang === 'en' ? '&lang=en' : '');
  }

  function renderAgenda(result) {
    var body = $('agenda-body');
    if (result.status === 404) return show(body, [note(s.agendaPending)]);
    if (result.status !== 200) return show(body, [note(failure(result.status), 'notice')]);
    var meetings = result.body.meetings;
    var days = {};
    meetings.forEach(function (m) {
      days[m.start.slice(0, 10)] = true;
    });
    var multiDay = Object.keys(days).length > 1;
    var nodes = [note(meetings.length === 0 ? s.noMeetings : meetings.length === 1 ? s.meetingsOne : fill(s.meetingsMany, { n: meetings.length }))];
    if (meetings.length) {
      nodes.push(
        el(
          'ol',
          { class: 'meetings' },
          meetings.map(function (m) {
            var when = (multiDay ? dayLabel(m.start.slice(0, 10)) + ', ' : '') + wallTime(m.start) + '–' + wallTime(m.end);
            return el('li', { class: 'meeting' }, [
              el('p', { class: 'when' }, [
                el('span', { class: 'time', text: when }),
                el('span', { class: 'where', text: fill(s.roundN, { n: m.round }) + ' · ' + tableLabel(m.table) }),
                m.locked ? el('span', { class: 'badge', text: s.lockedMeeting }) : null,
              ]),
              el('h3', { text: m.partner.name }),
              m.reasons.length
                ? el('ul', { class: 'reasons', 'aria-label': s.why }, m.reasons.map(function (reason) {
                    return el('li', { text: translateReason(reason, s, nameOf) });
                  }))
                : null,
            ]);
          }),
        ),
      );
    }
    if (result.body.unmet.length) {
      nodes.push(el('h3', { class: 'unmet-title', text: s.unmetTitle }));
      nodes.push(note(s.unmetHint));
      nodes.push(el('ul', { class: 'plain unmet' }, result.body.unmet.map(function (u) {
        return el('li', { text: nameOf(u.to) });
      })));
    }
    show(body, nodes);
    $('webcal-link').href = data.calendarBase + clusterPath('/agenda.ics');
    $('ics-link').href = data.basePath + clusterPath('/agenda.ics');
    $('print-link').href = data.basePath + clusterPath('/print');
    $('agenda-links').hidden = false;
  }

  // ------------------------------------------------------------ submitting

  var status = $('save-status');
  var submit = form.querySelector('button[type="submit"]');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    var sent = collect();
    submit.disabled = true;
    status.className = 'status';
    status.textContent = s.saving;
    api(eventPath + '/preferences', { method: 'POST', body: JSON.stringify(sent.body) }).then(function (result) {
      submit.disabled = false;
      if (result.status === 200) {
        status.className = 'status ok';
        status.textContent = s.saved;
        fillForm(result.body);
        renderStored(result.body);
        loadSuggestions();
        return;
      }
      status.className = 'status';
      status.textContent = '';
      var problems = result.status === 422 && result.body && result.body.error ? result.body.error.details : [];
      showErrors(problems.length ? problems : [{ path: '', message: failure(result.status) }], sent);
    });
  });

  // ------------------------------------------------------------------ start

  api(eventPath + '/overview').then(function (overview) {
    if (overview.status !== 200) {
      var message = failure(overview.status);
      ['agenda-body', 'suggestions-body', 'stored-body'].forEach(function (id) {
        show($(id), [note(message, 'notice')]);
      });
      return;
    }
    overview.body.clusters.forEach(function (c) {
      clusters[c.id] = c;
    });
    overview.body.event.tables.forEach(function (t) {
      tables[t.id] = t.name;
    });
    api(eventPath + '/preferences').then(function (result) {
      if (result.status !== 200) return show($('stored-body'), [note(failure(result.status), 'notice')]);
      fillForm(result.body);
      renderStored(result.body);
    });
    loadSuggestions();
    api(eventPath + '/agenda').then(renderAgenda);
  });
})();
