// The chart of an agreement's implementation scores (Chart.js, served by Parley itself): the
// percentage of the full score per month, overall and per commitment category. The data come
// from the canvas's data-chart attribute (no inline script under the Content-Security-Policy),
// with the labels already in the reader's language. The same figures are in the table under
// the chart, for people who prefer numbers and for screen readers.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof window.Chart !== 'function') {
    return;
  }
  var COLOURS = ['#1d3b53', '#2e7d32', '#c62828', '#6a1b9a', '#ef6c00', '#00838f', '#5d4037', '#78909c'];

  document.querySelectorAll('canvas.score-chart[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    if (!data.months || data.months.length === 0) {
      return;
    }
    var datasets = (data.lines || []).map(function (line, index) {
      var colour = COLOURS[index % COLOURS.length];
      return {
        label: line.label, data: line.percents, borderColor: colour, backgroundColor: colour,
        borderWidth: line.overall ? 3 : 2, borderDash: line.overall ? [] : [5, 3],
        pointRadius: 3, tension: 0, fill: false, spanGaps: true
      };
    });
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: data.months, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { min: 0, max: 100, ticks: { callback: function (value) { return value + '%'; } } }
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (item) { return item.dataset.label + ': ' + item.parsed.y + '%'; }
            }
          }
        }
      }
    });
  });
});
