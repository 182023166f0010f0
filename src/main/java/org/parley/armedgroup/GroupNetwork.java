package org.parley.armedgroup;

import java.util.List;

/**
 * A group's neighbourhood for the network graph: the group, the groups related to it, and
 * the relations among them.
 */
public record GroupNetwork(List<Node> nodes, List<Edge> edges) {

	/**
	 * The name of a group of the network (the page lists the graph's relations as text).
	 */
	public String nameOf(long id) {
		return this.nodes.stream().filter((node) -> node.id() == id).map(Node::name).findFirst().orElse("");
	}

	public record Node(long id, String name, boolean focus) {
	}

	public record Edge(long source, long target, RelationKind kind, boolean current) {
	}

}
