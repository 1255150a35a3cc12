"""Writing files safely, below every part of kg that writes: atomic files and folders (`atomic`), kg's mark on an
output folder (`manifest`) and escaping untrusted text for CSV and XML (`escape`)."""
