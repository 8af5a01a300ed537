"""SFTP uploads: the ERO drop and the state's own archive."""
import paramiko


def upload_to_ero(local_path):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.ero.dhs.gov", username="kyhandoff")
    ssh.open_sftp().put(local_path, "/inbound/subjects.csv")


def upload_to_archive(local_path):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.chfs.ky.gov", username="kyhandoff")
    ssh.open_sftp().put(local_path, "/archive/subjects.csv")
