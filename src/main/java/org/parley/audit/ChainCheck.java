package org.parley.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;

/**
 * The checks of the organisation's chain, fed its entries one by one in number order, so
 * the in-app verification (from the database) and the offline one (from an exported file)
 * find the same things in constant memory: numbers without gaps, each entry linked to the
 * one before, each hash recomputed, each MAC checked with the key, and the chain compared
 * with every believable anchor of it (decision 0019).
 */
public final class ChainCheck {

	/** Problems reported at most: past them the chain is plainly not to be trusted. */
	static final int MAX_PROBLEMS = 100;

	private final List<AuditChainReport.Problem> problems = new ArrayList<>();

	private final Map<Long, List<AnchorFile>> anchorsAt = new HashMap<>();

	private final List<AnchorFile> believed = new ArrayList<>();

	private final byte[] macKey;

	/**
	 * One digest and one MAC for every entry: making them per entry cost more than using
	 * them.
	 */
	private final MessageDigest digest = AuditHashes.sha256Digest();

	private final Mac mac;

	private final HexFormat hex = HexFormat.of();

	private final Long anchoredMacFrom;

	private final boolean anchorsAvailable;

	private int otherChains;

	private long expectedSeq = 1;

	private long count;

	private String prevHash = AuditHashes.GENESIS;

	private Long firstMac;

	private long beforeMac;

	private long withheld;

	/**
	 * @param anchors the anchor files found, or null when they cannot be checked (no
	 * organisation key)
	 * @param chainId this chain's name: anchors of other chains are left aside
	 * @param macKey the MAC key, or null to leave MACs unchecked
	 */
	public ChainCheck(List<AnchorFile> anchors, String chainId, byte[] macKey) {
		this.macKey = (macKey != null) ? macKey.clone() : null;
		this.mac = (macKey != null) ? AuditHashes.macOf(macKey) : null;
		this.anchorsAvailable = anchors != null;
		Long macFrom = null;
		for (AnchorFile file : (anchors != null) ? anchors : List.<AnchorFile>of()) {
			Anchor anchor = file.anchor();
			if (file.status() == AnchorFile.Status.UNREADABLE) {
				add(new AuditChainReport.Problem(0, AuditChainReport.Kind.ANCHOR_UNREADABLE, file.name()));
			}
			else if (!chainId.equals(anchor.chain())) {
				this.otherChains++;
			}
			else if (!file.valid()) {
				add(new AuditChainReport.Problem(anchor.entries(), AuditChainReport.Kind.ANCHOR_SIGNATURE_INVALID,
						file.name()));
			}
			else {
				this.believed.add(file);
				this.anchorsAt.computeIfAbsent(anchor.entries(), (seq) -> new ArrayList<>()).add(file);
				if (anchor.macFrom() != null && (macFrom == null || anchor.macFrom() < macFrom)) {
					macFrom = anchor.macFrom();
				}
			}
		}
		this.anchoredMacFrom = macFrom;
	}

	/**
	 * The next entry of the chain.
	 * @param canonical its canonical text ({@link AuditHashes#canonical}), or null when
	 * the export withheld its content
	 * @param mac its stored MAC, or null
	 */
	public void entry(long seq, String hash, String prevHash, String canonical, String mac) {
		if (seq != this.expectedSeq) {
			add(new AuditChainReport.Problem(seq, AuditChainReport.Kind.SEQUENCE_GAP));
		}
		if (!this.prevHash.equals(prevHash)) {
			add(new AuditChainReport.Problem(seq, AuditChainReport.Kind.LINK_BROKEN));
		}
		if (canonical == null) {
			this.withheld++;
		}
		else {
			byte[] text = canonical.getBytes(StandardCharsets.UTF_8);
			if (!this.hex.formatHex(this.digest.digest(text)).equals(hash)) {
				add(new AuditChainReport.Problem(seq, AuditChainReport.Kind.CONTENT_ALTERED));
			}
			checkMac(seq, text, mac);
		}
		for (AnchorFile anchor : this.anchorsAt.getOrDefault(seq, List.of())) {
			if (!anchor.anchor().headHash().equals(hash)) {
				add(new AuditChainReport.Problem(seq, AuditChainReport.Kind.ANCHOR_HASH_DIFFERS, anchor.name()));
			}
		}
		this.anchorsAt.remove(seq);
		this.expectedSeq = seq + 1;
		this.prevHash = (hash != null) ? hash : "";
		this.count++;
	}

	private void checkMac(long seq, byte[] canonical, String mac) {
		if (mac != null && this.firstMac == null) {
			this.firstMac = seq;
		}
		if (this.macKey == null) {
			return;
		}
		if (mac == null) {
			boolean required = (this.anchoredMacFrom != null) ? seq >= this.anchoredMacFrom : this.firstMac != null;
			if (required) {
				add(new AuditChainReport.Problem(seq, AuditChainReport.Kind.MAC_MISSING));
			}
			else {
				this.beforeMac++;
			}
		}
		else if (!MessageDigest.isEqual(
				this.hex.formatHex(this.mac.doFinal(canonical)).getBytes(StandardCharsets.US_ASCII),
				mac.strip().getBytes(StandardCharsets.US_ASCII))) {
			add(new AuditChainReport.Problem(seq, AuditChainReport.Kind.MAC_INVALID));
		}
	}

	/** A problem found by a check of the caller's (a case's chain). */
	public void add(AuditChainReport.Problem problem) {
		if (this.problems.size() < MAX_PROBLEMS) {
			this.problems.add(problem);
		}
	}

	/**
	 * The outcome, once every entry was given: anchors counting more entries than the
	 * chain holds, or counting up to an entry that is gone, are reported now.
	 */
	public AuditChainReport report() {
		long head = this.expectedSeq - 1;
		List<AnchorFile> unmatched = this.anchorsAt.values().stream().flatMap(List::stream).toList();
		for (AnchorFile anchor : unmatched.stream()
			.sorted(java.util.Comparator.comparingLong((AnchorFile a) -> a.anchor().entries()))
			.toList()) {
			add(new AuditChainReport.Problem(
					anchor.anchor().entries(), (anchor.anchor().entries() > head)
							? AuditChainReport.Kind.ANCHOR_BEYOND_HEAD : AuditChainReport.Kind.ANCHOR_HASH_DIFFERS,
					anchor.name()));
		}
		AnchorFile latest = this.believed.stream()
			.max(java.util.Comparator.comparingLong((AnchorFile a) -> a.anchor().entries())
				.thenComparing((AnchorFile a) -> a.anchor().anchoredAt()))
			.orElse(null);
		Long macFrom = (this.anchoredMacFrom != null) ? this.anchoredMacFrom : this.firstMac;
		return new AuditChainReport(this.count, head, (this.count > 0) ? this.prevHash : null,
				List.copyOf(this.problems),
				new AuditChainReport.Macs(this.macKey != null, macFrom, this.beforeMac, this.withheld),
				new AuditChainReport.Anchors(this.anchorsAvailable, this.believed.size(), this.otherChains, latest));
	}

}
