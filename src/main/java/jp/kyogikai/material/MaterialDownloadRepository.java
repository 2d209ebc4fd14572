package jp.kyogikai.material;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MaterialDownloadRepository extends JpaRepository<MaterialDownload, Long> {

	/**
	 * Per member user: the name, packet downloads (count, first, last) and material
	 * downloads (count, last).
	 */
	@Query(value = """
			select u.id as userId, u.display_name as name,
			       count(*) filter (where d.packet) as packetCount,
			       min(d.downloaded_at) filter (where d.packet) as packetFirst,
			       max(d.downloaded_at) filter (where d.packet) as packetLast,
			       count(*) filter (where not d.packet) as materialCount,
			       max(d.downloaded_at) filter (where not d.packet) as materialLast
			from material_download d join app_user u on u.id = d.user_id
			where d.meeting_id = :meetingId
			group by u.id, u.display_name
			order by u.display_name, u.id
			""", nativeQuery = true)
	List<Row> summary(long meetingId);

	interface Row {

		long getUserId();

		String getName();

		long getPacketCount();

		Instant getPacketFirst();

		Instant getPacketLast();

		long getMaterialCount();

		Instant getMaterialLast();

	}

	long countByMeetingId(long meetingId);

}
