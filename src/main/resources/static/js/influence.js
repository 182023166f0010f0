// The network map of an assessment (Cytoscape.js, served by Parley itself): the counterpart
// in the middle, the people who weigh on its decision around it. Node size follows their
// influence, colour their disposition towards the humanitarian objective. The same data is
// in the table beside the map, for people who prefer a list and for screen readers.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof window.cytoscape !== 'function') {
    return;
  }
  // Cytoscape.js adds a <style> element to the page unless one with its id is there; the
  // Content-Security-Policy (style-src 'self') blocks it. The rule it would add is in
  // parley.css, so an empty element with that id tells Cytoscape it is done.
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    var mark = document.createElement('meta');
    mark.id = '__________cytoscape_stylesheet';
    document.head.appendChild(mark);
  }
  var sizes = { HIGH: 34, MEDIUM: 24, LOW: 16 };
  var colours = { SUPPORTIVE: '#2e7d32', NEUTRAL: '#78909c', OPPOSED: '#c62828', UNKNOWN: '#b0bec5' };
  document.querySelectorAll('.influence-map[data-nodes]').forEach(function (container) {
    var people = JSON.parse(container.getAttribute('data-nodes'));
    var elements = [{ data: { id: 'centre', label: container.getAttribute('data-center'), centre: 1 } }];
    people.forEach(function (person, index) {
      elements.push({ data: {
        id: 'p' + index, label: person.name || '?', size: sizes[person.influence] || 20,
        colour: colours[person.disposition] || '#b0bec5'
      } });
      elements.push({ data: { id: 'e' + index, source: 'p' + index, target: 'centre', width: (sizes[person.influence] || 20) / 8 } });
    });
    window.cytoscape({
      container: container,
      elements: elements,
      layout: {
        name: 'concentric', animate: false, padding: 40, minNodeSpacing: 60,
        concentric: function (node) { return node.data('centre') === 1 ? 2 : 1; },
        levelWidth: function () { return 1; }
      },
      userZoomingEnabled: false,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)',
          'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 120
        } },
        { selector: 'node[centre = 1]', style: { 'background-color': '#1d3b53', 'width': 40, 'height': 40, 'font-weight': 'bold' } },
        { selector: 'edge', style: {
          'line-color': '#90a4ae', 'target-arrow-color': '#90a4ae', 'target-arrow-shape': 'triangle',
          'curve-style': 'straight', 'width': 'data(width)'
        } }
      ]
    });
  });
});
