package jp.kyogikai.material;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A member's downloads of a meeting's agenda packet and of each material; a member of
 * another council gets a 404. Each download is recorded for staff.
 */
@Controller
class MaterialPortalController {

	private final MaterialService materials;

	MaterialPortalController(MaterialService materials) {
		this.materials = materials;
	}

	@GetMapping("/member-portal/meetings/{id}/packet.pdf")
	ResponseEntity<byte[]> packet(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		return MaterialDownloads.inline(this.materials.memberPacket(id, user));
	}

	@GetMapping("/member-portal/meetings/{id}/materials/{materialId}")
	ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId,
			@AuthenticationPrincipal AccountPrincipal user) {
		return MaterialDownloads.inline(this.materials.memberMaterial(id, materialId, user));
	}

}
