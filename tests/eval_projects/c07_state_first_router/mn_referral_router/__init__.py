"""Minnesota DHS referral router: state portal first, federal referral only when requested."""
