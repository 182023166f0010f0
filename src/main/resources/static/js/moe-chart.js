// The chart of a measure of effectiveness on the follow-up step (Chart.js, served by Parley
// itself): its measurements over time against the baseline and target lines. The data come
// from the canvas's data-chart attribute (no inline script under the Content-Security-Policy),
// the labels from its data-label-* attributes, in the reader's language. The same figures are
// in the table under the chart, for people who prefer numbers and for screen readers.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof window.Chart !== 'function') {
    return;
  }
  var DAY = 24 * 60 * 60 * 1000;

  function time(isoDate) {
    var parts = isoDate.split('-');
    return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
  }

  function isoDate(millis) {
    return new Date(millis).toISOString().slice(0, 10);
  }

  function number(value) {
    return (value === null || value === undefined) ? null : Number(value);
  }

  // A horizontal line across the time span of the measurements.
  function line(label, value, from, to, colour, dash) {
    return {
      label: label, data: [{ x: from, y: value }, { x: to, y: value }], borderColor: colour,
      backgroundColor: colour, borderDash: dash, borderWidth: 2, pointRadius: 0, pointHoverRadius: 0, fill: false
    };
  }

  document.querySelectorAll('canvas.moe-chart[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var labels = {
      value: canvas.getAttribute('data-label-value') || '',
      baseline: canvas.getAttribute('data-label-baseline') || '',
      target: canvas.getAttribute('data-label-target') || '',
      date: canvas.getAttribute('data-label-date') || ''
    };
    var points = (data.points || []).map(function (p) {
      return { x: time(p.date), y: number(p.value) };
    });
    if (points.length === 0) {
      return;
    }
    var from = points[0].x;
    var to = points[points.length - 1].x;
    if (from === to) {
      // A single measurement: a week either side, so the lines show.
      from -= 7 * DAY;
      to += 7 * DAY;
    }
    var unit = data.unit ? ' (' + data.unit + ')' : '';
    var datasets = [{
      label: labels.value + unit, data: points, borderColor: '#1d3b53', backgroundColor: '#1d3b53',
      borderWidth: 2, pointRadius: 4, tension: 0, fill: false
    }];
    var target = number(data.target);
    if (target !== null) {
      datasets.push(line(labels.target, target, from, to, '#2e7d32', [6, 4]));
    }
    var baseline = number(data.baseline);
    if (baseline !== null) {
      datasets.push(line(labels.baseline, baseline, from, to, '#78909c', [2, 3]));
    }
    new window.Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: {
            type: 'linear', min: from, max: to,
            title: { display: true, text: labels.date },
            ticks: { maxTicksLimit: 8, callback: function (value) { return isoDate(value); } }
          },
          y: { title: { display: true, text: data.unit || '' } }
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            // Only the measurements: the lines are read from the legend and the axis.
            filter: function (item) { return item.datasetIndex === 0; },
            callbacks: {
              title: function (items) { return items.length ? isoDate(items[0].parsed.x) : ''; },
              label: function (item) { return item.dataset.label + ': ' + item.parsed.y; }
            }
          }
        }
      }
    });
  });
});
