"""SoonerCare warehouse bridge."""
