package be.cloudgroup.archfixture.mydata;

/** The domain side of the fixture's {@code mydata} feature. */
public class MyDataFixture {}
