package jp.kyogikai.minutes;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A council's rules for its minutes (設置要綱 or 会議の公開に関する要領): how many 議事録署名人 sign them, and
 * whether the published minutes mask the names of private persons (members of the
 * categories named here, and 参考人). A council without a row has the {@link #defaults(long)
 * defaults}.
 */
@Entity
@Audited
@Table(name = "minutes_policy")
public class MinutesPolicy {

	/** The most signers a charter asks for. */
	static final int MAX_SIGNERS = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long councilId;

	private int signerCount;

	private boolean maskPrivateNames;

	private boolean maskWitnesses;

	private Long[] privateCategoryIds = new Long[0];

	protected MinutesPolicy() {
	}

	MinutesPolicy(long councilId, int signerCount, boolean maskPrivateNames, boolean maskWitnesses,
			List<Long> privateCategoryIds) {
		this.councilId = councilId;
		change(signerCount, maskPrivateNames, maskWitnesses, privateCategoryIds);
	}

	/**
	 * The policy of a council that has not set one: no signers; the names of 参考人 masked,
	 * no member category private.
	 * @param councilId the council
	 * @return the default policy, not stored
	 */
	static MinutesPolicy defaults(long councilId) {
		return new MinutesPolicy(councilId, 0, true, true, List.of());
	}

	void change(int signerCount, boolean maskPrivateNames, boolean maskWitnesses, List<Long> privateCategoryIds) {
		this.signerCount = signerCount;
		this.maskPrivateNames = maskPrivateNames;
		this.maskWitnesses = maskWitnesses;
		this.privateCategoryIds = privateCategoryIds.stream().distinct().sorted().toArray(Long[]::new);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getCouncilId() {
		return this.councilId;
	}

	public int getSignerCount() {
		return this.signerCount;
	}

	public boolean isMaskPrivateNames() {
		return this.maskPrivateNames;
	}

	public boolean isMaskWitnesses() {
		return this.maskWitnesses;
	}

	public List<Long> getPrivateCategoryIds() {
		return Arrays.asList(this.privateCategoryIds);
	}

}
