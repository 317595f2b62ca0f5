import BackpropSiteCLI

BackpropSite.main()
