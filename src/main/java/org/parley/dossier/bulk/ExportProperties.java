package org.parley.dossier.bulk;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk exports.
 *
 * @param dir where the ZIP files are written (kept on the server until they expire)
 * @param ttl how long a finished export can be downloaded before its file is deleted
 */
@ConfigurationProperties("parley.exports")
public record ExportProperties(Path dir, @DefaultValue("7d") Duration ttl) {

}
