package jp.kyogikai.file;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

	Optional<StoredFile> findByIdAndMunicipalityId(long id, long municipalityId);

	/**
	 * Files without their content, newest first.
	 * @param ids the files
	 * @param municipalityId the municipality they must belong to
	 * @return those found
	 */
	@Query("""
			select new jp.kyogikai.file.StoredFileInfo(f.id, f.fileName, f.mediaType, f.sizeBytes, f.sha256,
			       f.uploadedBy, f.uploadedAt)
			from StoredFile f where f.id in :ids and f.municipalityId = :municipalityId
			order by f.uploadedAt desc, f.id desc
			""")
	List<StoredFileInfo> findInfos(Collection<Long> ids, long municipalityId);

}
