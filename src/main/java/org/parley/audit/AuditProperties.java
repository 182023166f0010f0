package org.parley.audit;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's protection ({@code parley.audit.*}, decision 0019).
 *
 * @param macKey the key of every entry's HMAC-SHA256, at least 32 characters; never
 * stored in the database
 * @param macKeyFile a file holding the key instead (its text, surrounding blanks ignored)
 * @param chainId the name of this installation's chain, written into every anchor:
 * anchors of another chain found in the directory are left aside
 * @param anchorDir where anchor files are written and read from
 * @param anchorMailTo who receives each anchor by e-mail when e-mail is on
 */
@ConfigurationProperties("parley.audit")
record AuditProperties(String macKey, String macKeyFile, @DefaultValue("parley") String chainId,
		@DefaultValue("./anchors") String anchorDir, List<String> anchorMailTo) {

	AuditProperties {
		anchorMailTo = (anchorMailTo != null)
				? anchorMailTo.stream().map(String::strip).filter((address) -> !address.isEmpty()).toList() : List.of();
		chainId = (chainId == null || chainId.isBlank()) ? "parley" : chainId.strip();
	}

}
