/**
 * The organisation's signing keys as files: PEM blocks, public keys, their fingerprints
 * and signatures, shared by the signed dossiers and the audit chain's anchors.
 */
@org.springframework.modulith.NamedInterface("crypto")
package org.parley.shared.crypto;
