package jp.kyogikai.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.meeting.rule.Openness;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The meeting form: the day and times (Asia/Tokyo), 第N回 (empty: the next number of the
 * 年度), place or online, openness.
 */
public class MeetingForm {

	private long version;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	@Min(1)
	@Max(99)
	private Integer number;

	@Size(max = 200)
	private String place;

	private boolean online;

	@Size(max = 500)
	private String onlineUrl;

	@NotNull
	private Openness openness = Openness.PUBLIC;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public boolean isOnline() {
		return this.online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}

	public String getOnlineUrl() {
		return this.onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}

	public Openness getOpenness() {
		return this.openness;
	}

	public void setOpenness(Openness openness) {
		this.openness = openness;
	}

}
