// Shows the findings grouped by post, a page of posts at a time, filtered by post, rule, severity and
// text; sorts the rules table by the clicked column. The findings come as JSON in the page (see
// HtmlFormat): only the page of posts shown is in the DOM, so a report of 10,000 posts stays responsive.
(function () {
  'use strict';
  // A page holds whole posts, added until it shows this many findings: a page of a blog's worst
  // posts stays as quick to lay out as one of its best.
  var FINDINGS_PER_PAGE = 200;
  var SEVERITIES = ['error', 'warning'];
  // A finding: [line, column, severity, rule, fixable, message, markStart, markEnd]; a post: [path, {line: text}, findings].
  var LINE = 0, COLUMN = 1, SEVERITY = 2, RULE = 3, FIXABLE = 4, MESSAGE = 5, MARK_START = 6, MARK_END = 7;
  var data = JSON.parse(document.getElementById('findings-data').textContent);
  var findingCount = data.posts.reduce(function (sum, post) { return sum + post[2].length; }, 0);

  function cellValue(row, column) {
    return row.cells[column].textContent.trim();
  }

  function compare(a, b) {
    var x = Number(a), y = Number(b);
    return a !== '' && b !== '' && !isNaN(x) && !isNaN(y) ? x - y : a.localeCompare(b);
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('thead th').forEach(function (header, column) {
      header.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('thead th').forEach(function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        Array.from(body.rows)
          .sort(function (a, b) {
            var order = compare(cellValue(a, column), cellValue(b, column));
            return ascending ? order : -order;
          })
          .forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  // The findings are narrowed by post, rule and severity, each matched exactly against the finding's
  // own, and by text in the message. A text search over whole rows would also keep other posts'
  // findings whose messages name the post, such as a paper "also summarised in" it.
  var table = document.getElementById('findings-table');
  var filters = {
    post: document.getElementById('filter-post'),
    rule: document.getElementById('filter-rule'),
    severity: document.getElementById('filter-severity'),
    text: document.getElementById('filter-text')
  };
  var status = document.getElementById('filter-status');
  var pagers = document.querySelectorAll('.pager');
  var page = 1;

  var postOptions = document.createDocumentFragment();
  data.posts.forEach(function (post) {
    var option = document.createElement('option');
    option.value = option.textContent = post[0];
    postOptions.appendChild(option);
  });
  filters.post.appendChild(postOptions);

  function chosen(name) {
    return filters[name].value.trim();
  }

  function plural(count, noun) {
    return count + ' ' + noun + (count === 1 ? '' : 's');
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  }

  // The lower-case messages, worked out once, on the first search.
  function lowerMessage(finding) {
    if (finding.lower === undefined) finding.lower = finding[MESSAGE].toLowerCase();
    return finding.lower;
  }

  /** The posts with findings that the filters keep, each as [post, its findings kept]. */
  function matching() {
    var post = chosen('post'), rule = data.rules.indexOf(chosen('rule'));
    var severity = SEVERITIES.indexOf(chosen('severity')), text = chosen('text').toLowerCase();
    var groups = [];
    data.posts.forEach(function (each) {
      if (post !== '' && each[0] !== post) return;
      var kept = each[2].filter(function (finding) {
        return (rule < 0 || finding[RULE] === rule) && (severity < 0 || finding[SEVERITY] === severity)
          && (text === '' || lowerMessage(finding).indexOf(text) >= 0);
      });
      if (kept.length > 0) groups.push([each, kept]);
    });
    return groups;
  }

  function counts(findings) {
    var errors = 0, fixable = 0;
    findings.forEach(function (finding) {
      errors += finding[SEVERITY] === 0 ? 1 : 0;
      fixable += finding[FIXABLE];
    });
    return plural(errors, 'error') + ', ' + plural(findings.length - errors, 'warning') + ', ' + fixable + ' fixable';
  }

  function ruleCell(finding) {
    var cell = element('td', 'rule');
    var id = data.rules[finding[RULE]];
    if (document.getElementById('rule-' + id)) {
      var link = element('a', '', id);
      link.href = '#rule-' + id;
      cell.appendChild(link);
    } else {
      cell.textContent = id;
    }
    if (finding[FIXABLE] === 1) cell.appendChild(element('span', 'fixable', 'fixable'));
    return cell;
  }

  // The line with the finding's span marked; a span of no width, a place where something is
  // missing, gets a caret that shows where.
  function sourceCell(post, finding) {
    var cell = element('td', 'source');
    if (finding.length <= MARK_START) return cell;
    var text = post[1][finding[LINE]];
    var code = element('code');
    code.appendChild(document.createTextNode(text.slice(0, finding[MARK_START])));
    if (finding[MARK_END] > finding[MARK_START]) {
      code.appendChild(element('mark', '', text.slice(finding[MARK_START], finding[MARK_END])));
    } else {
      var caret = element('span', 'caret');
      caret.setAttribute('role', 'img');
      caret.setAttribute('aria-label', 'insertion point');
      caret.title = 'here, before column ' + finding[COLUMN];
      code.appendChild(caret);
    }
    code.appendChild(document.createTextNode(text.slice(finding[MARK_END])));
    cell.appendChild(code);
    return cell;
  }

  function group(post, kept) {
    var body = element('tbody', 'post');
    body.dataset.post = post[0];
    var heading = element('th');
    heading.colSpan = 6;
    heading.scope = 'rowgroup';
    var path = element('a', 'path', post[0]);
    path.href = '#findings';
    path.dataset.post = post[0];
    heading.appendChild(path);
    heading.appendChild(element('span', 'counts', counts(post[2])
      + (kept.length < post[2].length ? '; ' + kept.length + ' shown' : '')));
    body.insertRow().appendChild(heading);
    kept.forEach(function (finding) {
      var row = body.insertRow();
      row.className = 'finding';
      row.appendChild(element('td', 'number', finding[LINE]));
      row.appendChild(element('td', 'number', finding[COLUMN]));
      var severity = SEVERITIES[finding[SEVERITY]];
      row.appendChild(element('td', 'severity-' + severity, severity));
      row.appendChild(ruleCell(finding));
      row.appendChild(element('td', 'message', finding[MESSAGE]));
      row.appendChild(sourceCell(post, finding));
    });
    return body;
  }

  /** Where each page starts in the groups, the first page at 0. */
  function pageStarts(groups) {
    var starts = [0], onPage = 0;
    groups.forEach(function (each, index) {
      if (onPage >= FINDINGS_PER_PAGE) {
        starts.push(index);
        onPage = 0;
      }
      onPage += each[1].length;
    });
    return starts;
  }

  function show() {
    var groups = matching();
    var starts = pageStarts(groups), pages = starts.length;
    page = Math.min(Math.max(page, 1), pages);
    var first = starts[page - 1], end = page < pages ? starts[page] : groups.length;
    Array.from(table.tBodies).forEach(function (body) { body.remove(); });
    var shown = document.createDocumentFragment();
    groups.slice(first, end).forEach(function (each) { shown.appendChild(group(each[0], each[1])); });
    table.appendChild(shown);

    var visible = groups.reduce(function (sum, each) { return sum + each[1].length; }, 0);
    var described = [];
    if (chosen('post') !== '') described.push('post ' + chosen('post'));
    if (chosen('rule') !== '') described.push('rule ' + chosen('rule'));
    if (chosen('severity') !== '') described.push('severity ' + chosen('severity'));
    if (chosen('text') !== '') described.push('text \u201C' + chosen('text') + '\u201D');
    status.textContent = described.length === 0
      ? (findingCount > 1 ? 'all ' : '') + plural(findingCount, 'finding')
      : visible + ' of ' + plural(findingCount, 'finding') + ' \u2014 ' + described.join(', ');
    var where = groups.length === 0 ? 'no post'
      : (end - first === 1 ? 'post ' + end : 'posts ' + (first + 1) + '\u2013' + end) + ' of '
        + groups.length + ' (page ' + page + ' of ' + pages + ')';
    pagers.forEach(function (pager) {
      pager.querySelector('.page').textContent = where;
      pager.querySelector('.previous').disabled = page === 1;
      pager.querySelector('.next').disabled = page === pages;
      pager.hidden = pages === 1;
    });
  }

  // The filters and the page are kept in the address too, #post=…&rule=…&severity=…&text=…&page=…,
  // so that a link to the report shows the same findings. Replaced, not pushed: each keystroke is no
  // page to go back to.
  function remember() {
    var address = new URLSearchParams();
    Object.keys(filters).forEach(function (name) {
      if (chosen(name) !== '') address.set(name, chosen(name));
    });
    if (page > 1) address.set('page', page);
    var hash = address.toString();
    history.replaceState(null, '', hash === '' ? location.pathname + location.search : '#' + hash);
  }

  function recall() {
    var address = new URLSearchParams(location.hash.slice(1));
    Object.keys(filters).forEach(function (name) {
      var wanted = address.get(name) || '';
      filters[name].value = wanted;
      // A post, rule or severity that the report does not offer sets its chooser back to all.
      if (filters[name].value !== wanted) filters[name].value = '';
    });
    page = Number(address.get('page')) || 1;
    show();
  }

  function changed() {
    page = 1;
    show();
    remember();
  }

  filters.post.addEventListener('change', changed);
  filters.rule.addEventListener('change', changed);
  filters.severity.addEventListener('change', changed);
  filters.text.addEventListener('input', changed);
  // A link to a rule's documentation changes the address too; only an address with choices is recalled.
  addEventListener('hashchange', function () {
    if (location.hash.indexOf('=') >= 0) recall();
  });

  pagers.forEach(function (pager) {
    function turn(by) {
      page += by;
      show();
      remember();
      table.scrollIntoView();
    }
    pager.querySelector('.previous').addEventListener('click', function () { turn(-1); });
    pager.querySelector('.next').addEventListener('click', function () { turn(1); });
  });

  // A post's name, clicked, chooses it in its filter.
  table.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-post]');
    if (!link) return;
    event.preventDefault();
    filters.post.value = link.dataset.post;
    changed();
  });

  // A rule's "show" link in the rules table chooses it in its filter; the other filters stay as they are.
  document.querySelectorAll('#rules-table a[data-rule]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault(); // the address keeps the filters, not #findings
      filters.rule.value = link.dataset.rule;
      changed();
      document.getElementById('findings').scrollIntoView();
    });
  });
  recall();
})();
