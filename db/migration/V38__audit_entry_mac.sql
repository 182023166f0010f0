-- Each audit entry written from now on carries an HMAC-SHA256 of the bytes its hash covers,
-- under a key that only the application holds (parley.audit.mac-key), never the database: an
-- entry inserted or rewritten in SQL, even with its hash and links recomputed, has no valid MAC
-- (decision 0019). Entries written before this migration have none and are reported as written
-- before MACs, not as forged; the first anchor written afterwards records where MACs begin.
ALTER TABLE audit_entry ADD COLUMN mac char(64);
