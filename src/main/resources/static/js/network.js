// The relations network on an armed group's page (Cytoscape.js, served by Parley itself).
// Reads the graph from the URL in data-network-url; a click on a group opens its page.
document.addEventListener('DOMContentLoaded', function () {
  var container = document.getElementById('group-network');
  if (!container || typeof window.cytoscape !== 'function') {
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
  var kindLabels = {};
  document.querySelectorAll('.relation-kind-labels [data-kind]').forEach(function (item) {
    kindLabels[item.getAttribute('data-kind')] = item.textContent;
  });
  var colours = {
    ALLIANCE: '#2e7d32', RIVALRY: '#c62828', TRUCE: '#1565c0', SPLINTER_OF: '#6a1b9a', SUBORDINATE_TO: '#5d4037'
  };
  fetch(container.getAttribute('data-network-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (network) {
      var elements = [];
      network.nodes.forEach(function (node) {
        elements.push({ data: { id: String(node.id), label: node.name, focus: node.focus ? 1 : 0 } });
      });
      network.edges.forEach(function (edge, index) {
        elements.push({ data: {
          id: 'e' + index, source: String(edge.source), target: String(edge.target),
          label: kindLabels[edge.kind] || edge.kind, colour: colours[edge.kind] || '#555',
          current: edge.current ? 1 : 0
        } });
      });
      var cy = window.cytoscape({
        container: container,
        elements: elements,
        // The group in the middle, the groups related to it around it.
        layout: {
          name: 'concentric', animate: false, padding: 50, minNodeSpacing: 120,
          concentric: function (node) { return node.data('focus') === 1 ? 2 : 1; },
          levelWidth: function () { return 1; }
        },
        minZoom: 0.3,
        maxZoom: 1.4,
        style: [
          { selector: 'node', style: {
            'label': 'data(label)', 'background-color': '#1d3b53', 'color': '#1d1d1d',
            'text-valign': 'bottom', 'text-margin-y': 6, 'font-size': 12, 'width': 22, 'height': 22,
            'text-wrap': 'wrap', 'text-max-width': 140
          } },
          { selector: 'node[focus = 1]', style: { 'background-color': '#c77c02', 'width': 32, 'height': 32, 'font-weight': 'bold' } },
          { selector: 'edge', style: {
            'label': 'data(label)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'font-size': 10, 'width': 2,
            'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-rotation': 'autorotate'
          } },
          { selector: 'edge[current = 0]', style: { 'line-style': 'dashed', 'opacity': 0.6 } }
        ]
      });
      cy.on('tap', 'node', function (event) {
        var id = event.target.id();
        if (event.target.data('focus') !== 1) {
          window.location.href = container.getAttribute('data-group-url') + id;
        }
      });
      container.setAttribute('data-ready', 'true');
    })
    .catch(function () {
      container.classList.add('d-none');
    });
});
