import CourseCLI

CourseCommand.main()
