package jp.kyogikai.vehicle;

import java.util.List;

import jp.kyogikai.file.StoredFileInfo;

/**
 * A vehicle's use agreement (使用承諾書) on file and the documents it replaced.
 *
 * @param current the document on file, {@code null} when there is none
 * @param earlier the replaced ones, newest first
 */
public record UseAgreementFiles(StoredFileInfo current, List<StoredFileInfo> earlier) {

}
