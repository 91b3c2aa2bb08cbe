package org.amicus.yaml;

import org.yaml.snakeyaml.nodes.Node;

/** One `key: value` of a YAML mapping, with the line of its key in the author's file. */
public record YamlEntry(String key, int line, Node value) {
}
