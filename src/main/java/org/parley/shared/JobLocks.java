package org.parley.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance only: each job has a row in {@code job_lock}
 * (ShedLock, migration V56), and an instance runs the job only if it takes the row's
 * lock. The lock is held while the job runs and at least {@code atLeast} from its start,
 * so that instances whose schedules fire a little apart (clocks, start times) skip the
 * slot one of them already ran; it lapses after {@code atMost} should an instance die
 * holding it. Times are the database's, so the instances' clocks do not matter (decision
 * 0030).
 */
@Component
public class JobLocks {

	private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

	private final LockProvider locks;

	JobLocks(DataSource dataSource) {
		this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("job_lock")
			.usingDbTime()
			.build());
	}

	/**
	 * Runs the job here unless another instance runs it or ran it less than
	 * {@code atLeast} ago.
	 * @param job the job's name (its row in {@code job_lock})
	 * @param atLeast how long after its start the slot stays taken
	 * @param atMost how long the lock may be held if this instance dies meanwhile; longer
	 * than the job ever runs
	 * @param task the job
	 * @return whether it ran here
	 */
	public boolean runOnce(String job, Duration atLeast, Duration atMost, Runnable task) {
		Optional<SimpleLock> lock = this.locks.lock(new LockConfiguration(Instant.now(), job, atMost, atLeast));
		if (lock.isEmpty()) {
			log.debug("Job {} skipped: another instance runs it or has just run it", job);
			return false;
		}
		try {
			task.run();
			return true;
		}
		finally {
			lock.get().unlock();
		}
	}

}
