// Sorts a table by the clicked column, numbers as numbers, and filters the findings by post, rule and text.
(function () {
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

  // The findings are narrowed by post and by rule, each matched exactly against the row's own, and
  // by text in the message. A text search over whole rows would also keep other posts' findings
  // whose messages name the post, such as a paper "also summarised in" it.
  var findings = document.getElementById('findings-table');
  var filters = {
    post: document.getElementById('filter-post'),
    rule: document.getElementById('filter-rule'),
    text: document.getElementById('filter-text')
  };
  var status = document.getElementById('filter-status');

  function chosen(name) {
    return filters[name].value.trim();
  }

  function counted(count) {
    return count === 1 ? '1 finding' : count + ' findings';
  }

  function applyFilters() {
    var post = chosen('post'), rule = chosen('rule'), text = chosen('text');
    var rows = Array.from(findings.tBodies[0].rows);
    var visible = 0;
    rows.forEach(function (row) {
      var message = row.querySelector('.message').textContent;
      row.hidden = (post !== '' && row.dataset.post !== post)
        || (rule !== '' && row.dataset.rule !== rule)
        || (text !== '' && message.toLowerCase().indexOf(text.toLowerCase()) < 0);
      visible += row.hidden ? 0 : 1;
    });
    var described = [];
    if (post !== '') described.push('post ' + post);
    if (rule !== '') described.push('rule ' + rule);
    if (text !== '') described.push('text \u201C' + text + '\u201D');
    status.textContent = described.length === 0
      ? (rows.length > 1 ? 'all ' : '') + counted(rows.length)
      : visible + ' of ' + counted(rows.length) + ' \u2014 ' + described.join(', ');
  }

  // The filters are kept in the address too, #post=…&rule=…&text=…, so that a link to the page
  // shows the same findings. Replaced, not pushed: each keystroke is no page to go back to.
  function remember() {
    var address = new URLSearchParams();
    Object.keys(filters).forEach(function (name) {
      if (chosen(name) !== '') address.set(name, chosen(name));
    });
    var hash = address.toString();
    history.replaceState(null, '', hash === '' ? location.pathname + location.search : '#' + hash);
  }

  function recall() {
    var address = new URLSearchParams(location.hash.slice(1));
    Object.keys(filters).forEach(function (name) {
      var wanted = address.get(name) || '';
      filters[name].value = wanted;
      // A post or rule that the report does not list sets its chooser back to all.
      if (filters[name].value !== wanted) filters[name].value = '';
    });
    applyFilters();
  }

  function changed() {
    applyFilters();
    remember();
  }

  filters.post.addEventListener('change', changed);
  filters.rule.addEventListener('change', changed);
  filters.text.addEventListener('input', changed);
  addEventListener('hashchange', recall);

  // A post or a rule in the summary tables is chosen in its filter; the other filters stay as they are.
  function chooseOnClick(name) {
    document.querySelectorAll('a[data-' + name + ']').forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault(); // the address keeps the filters, not #findings
        filters[name].value = link.getAttribute('data-' + name);
        changed();
        document.getElementById('findings').scrollIntoView();
      });
    });
  }
  chooseOnClick('post');
  chooseOnClick('rule');
  recall();
})();
