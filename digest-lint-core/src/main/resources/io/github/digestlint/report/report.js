// Sorts a table by the clicked column, numbers as numbers, and filters the findings by any text.
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

  var filter = document.getElementById('filter');
  var findings = document.getElementById('findings-table');
  var shown = document.getElementById('filter-count');

  function applyFilter() {
    var wanted = filter.value.trim().toLowerCase();
    var rows = Array.from(findings.tBodies[0].rows);
    var visible = 0;
    rows.forEach(function (row) {
      row.hidden = wanted !== '' && row.textContent.toLowerCase().indexOf(wanted) < 0;
      visible += row.hidden ? 0 : 1;
    });
    shown.textContent = wanted === '' ? '' : visible + ' of ' + rows.length + ' findings';
  }

  filter.addEventListener('input', applyFilter);
  // A rule or a post in the summary tables filters the findings down to its own.
  document.querySelectorAll('[data-filter]').forEach(function (link) {
    link.addEventListener('click', function () {
      filter.value = link.getAttribute('data-filter');
      applyFilter();
    });
  });
})();
