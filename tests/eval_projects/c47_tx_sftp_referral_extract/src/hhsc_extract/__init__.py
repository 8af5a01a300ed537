"""Weekly referral extract for the federal SFTP drop."""
